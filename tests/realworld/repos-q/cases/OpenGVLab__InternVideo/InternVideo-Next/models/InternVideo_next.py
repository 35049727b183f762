stub: upstream file of 22153 bytes
