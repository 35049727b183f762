stub: upstream file of 89501 bytes
