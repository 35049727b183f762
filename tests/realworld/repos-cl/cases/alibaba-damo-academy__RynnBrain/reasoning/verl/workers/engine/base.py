stub: upstream file of 9602 bytes
