stub: upstream file of 28712 bytes
