stub: upstream file of 104747 bytes
