stub: upstream file of 16189 bytes
