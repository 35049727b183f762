stub: upstream file of 9412 bytes
