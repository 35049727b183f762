stub: upstream file of 31513 bytes
