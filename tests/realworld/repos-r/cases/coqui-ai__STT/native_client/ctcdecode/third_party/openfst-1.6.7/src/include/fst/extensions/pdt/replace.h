stub: upstream file of 32489 bytes
