stub: upstream file of 18684 bytes
