stub: upstream file of 1239299 bytes
