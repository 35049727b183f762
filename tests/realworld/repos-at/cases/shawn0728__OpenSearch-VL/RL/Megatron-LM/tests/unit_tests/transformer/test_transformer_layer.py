stub: upstream file of 13558 bytes
