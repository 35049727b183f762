stub: upstream file of 22160 bytes
