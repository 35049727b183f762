stub: upstream file of 10060 bytes
