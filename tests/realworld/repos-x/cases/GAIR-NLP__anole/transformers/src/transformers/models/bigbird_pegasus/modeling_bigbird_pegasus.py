stub: upstream file of 146614 bytes
