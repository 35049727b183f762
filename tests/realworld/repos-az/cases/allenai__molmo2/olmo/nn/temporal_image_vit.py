stub: upstream file of 50966 bytes
