stub: upstream file of 24684 bytes
