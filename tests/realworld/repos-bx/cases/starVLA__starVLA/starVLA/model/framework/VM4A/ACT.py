stub: upstream file of 9871 bytes
