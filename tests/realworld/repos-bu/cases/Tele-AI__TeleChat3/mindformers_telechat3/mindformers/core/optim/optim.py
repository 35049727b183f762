stub: upstream file of 23548 bytes
