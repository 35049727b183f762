stub: upstream file of 14548 bytes
