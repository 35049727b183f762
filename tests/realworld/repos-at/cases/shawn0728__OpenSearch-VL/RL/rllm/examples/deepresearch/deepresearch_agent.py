stub: upstream file of 31869 bytes
