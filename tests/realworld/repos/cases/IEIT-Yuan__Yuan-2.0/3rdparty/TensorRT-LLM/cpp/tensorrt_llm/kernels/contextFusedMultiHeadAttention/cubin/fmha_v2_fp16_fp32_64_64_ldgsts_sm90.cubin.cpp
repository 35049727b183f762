stub: upstream file of 633778 bytes
