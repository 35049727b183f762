stub: upstream file of 45382 bytes
