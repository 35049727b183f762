stub: upstream file of 12028 bytes
