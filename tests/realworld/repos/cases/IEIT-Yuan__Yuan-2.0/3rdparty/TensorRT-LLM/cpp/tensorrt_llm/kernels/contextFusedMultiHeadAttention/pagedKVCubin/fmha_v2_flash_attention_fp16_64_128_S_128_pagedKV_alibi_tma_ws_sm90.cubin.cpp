stub: upstream file of 1669842 bytes
