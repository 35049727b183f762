stub: upstream file of 50722 bytes
