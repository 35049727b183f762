stub: upstream file of 7478 bytes
