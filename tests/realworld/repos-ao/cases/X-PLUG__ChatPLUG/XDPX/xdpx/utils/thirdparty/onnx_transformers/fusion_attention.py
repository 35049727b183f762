stub: upstream file of 22664 bytes
