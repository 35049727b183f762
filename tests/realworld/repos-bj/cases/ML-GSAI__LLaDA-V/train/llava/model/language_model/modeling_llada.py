stub: upstream file of 93916 bytes
