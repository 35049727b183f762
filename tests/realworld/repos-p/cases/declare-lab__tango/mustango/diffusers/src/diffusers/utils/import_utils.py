stub: upstream file of 20426 bytes
