stub: upstream file of 17869 bytes
