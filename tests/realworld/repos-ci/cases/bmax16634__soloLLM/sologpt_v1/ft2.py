stub: upstream file of 5892 bytes
