stub: upstream file of 18758 bytes
