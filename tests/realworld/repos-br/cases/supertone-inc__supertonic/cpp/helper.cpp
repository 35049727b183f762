stub: upstream file of 29715 bytes
