stub: upstream file of 4465 bytes
