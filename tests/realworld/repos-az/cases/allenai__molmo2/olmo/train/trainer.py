stub: upstream file of 64164 bytes
