stub: upstream file of 20537 bytes
