stub: upstream file of 12524 bytes
