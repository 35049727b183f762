stub: upstream file of 8240 bytes
