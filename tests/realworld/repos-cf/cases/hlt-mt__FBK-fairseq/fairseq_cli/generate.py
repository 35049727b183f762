stub: upstream file of 18192 bytes
