stub: upstream file of 24005 bytes
