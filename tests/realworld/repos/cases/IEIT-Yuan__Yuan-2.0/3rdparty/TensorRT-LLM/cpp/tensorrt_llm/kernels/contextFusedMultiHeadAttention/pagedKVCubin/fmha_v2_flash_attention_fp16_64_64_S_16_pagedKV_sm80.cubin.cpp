stub: upstream file of 346558 bytes
