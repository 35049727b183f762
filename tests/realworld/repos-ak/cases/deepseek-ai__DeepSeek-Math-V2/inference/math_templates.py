stub: upstream file of 12879 bytes
