stub: upstream file of 17218 bytes
