stub: upstream file of 20944 bytes
