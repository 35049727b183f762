stub: upstream file of 24688 bytes
