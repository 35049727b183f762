stub: upstream file of 16412 bytes
