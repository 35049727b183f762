stub: upstream file of 1002449 bytes
