stub: upstream file of 37216 bytes
