stub: upstream file of 724 bytes
