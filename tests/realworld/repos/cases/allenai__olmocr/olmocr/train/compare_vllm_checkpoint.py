stub: upstream file of 16684 bytes
