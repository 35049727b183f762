stub: upstream file of 39651 bytes
