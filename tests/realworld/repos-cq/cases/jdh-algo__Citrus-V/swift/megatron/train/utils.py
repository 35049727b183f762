stub: upstream file of 8259 bytes
