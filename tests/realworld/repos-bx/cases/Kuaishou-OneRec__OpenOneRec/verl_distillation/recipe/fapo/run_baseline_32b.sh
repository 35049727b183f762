stub: upstream file of 5814 bytes
