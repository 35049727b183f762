stub: upstream file of 95494 bytes
